namespace SiteGen.Model;

public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    HalfYear,
    Year,
}
