namespace SiteGen.Model;

/// <summary>Whole Norwegian kroner: an amount, or a range when the source only gives an estimate between two amounts.</summary>
public sealed record Money(long Low, long High)
{
    public bool IsRange => Low != High;

    /// <summary>
    /// A thousand billion kroner, far above any municipal budget. Amounts above it are refused where they are written,
    /// so that no sum of them on the site can overflow; <see cref="op_Addition"/> is checked all the same.
    /// </summary>
    public const long Max = 1_000_000_000_000;

    public static Money Exact(long amount) => new(amount, amount);

    public static Money operator +(Money a, Money b) => checked(new(a.Low + b.Low, a.High + b.High));
}
