namespace SiteGen.Model;

/// <summary>Whole Norwegian kroner: an amount, or a range when the source only gives an estimate between two amounts.</summary>
public sealed record Money(long Low, long High)
{
    public bool IsRange => Low != High;

    public static Money Exact(long amount) => new(amount, amount);

    public static Money operator +(Money a, Money b) => new(a.Low + b.Low, a.High + b.High);
}
