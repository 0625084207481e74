public import GoalKit

/// What the average US household spent in 2023, by GoalKit's top-level categories: the US
/// Bureau of Labor Statistics Consumer Expenditure Survey 2023 (news release USDL-24-1862,
/// <https://www.bls.gov/news.release/cesan.nr0.htm>, and the CE 2023 mean tables; a US
/// government work, public domain), transcribed from `bls_ce_2023_benchmarks.csv`.
///
/// The figures are means over all consumer units — households of every size, income and
/// region; the survey table they come from has no household sizes, so neither do they.
public enum SpendingBenchmarks {
    /// Percent of total spending, in tenths, by top-level category name (Housing 32.9%).
    public static let blsShare: [String: Int] = [
        "Housing": 329, "Transportation": 170, "Food": 129, "Personal Insurance & Pensions": 124, "Healthcare": 80,
        "Entertainment": 47,
    ]

    /// Average annual spending in US cents, exactly as published in whole dollars, by
    /// top-level category. Housing and Food are the mean table's dollars; the other four are
    /// the release's share of the 77,280 dollar total (Transportation 17.0% × 77,280 = 13,138),
    /// as the data file marks them.
    public static let annualCents: [String: Int64] = [
        "Housing": 2_543_600, "Transportation": 1_313_800, "Food": 998_500, "Personal Insurance & Pensions": 958_300,
        "Healthcare": 618_200, "Entertainment": 363_200,
    ]

    /// Average annual income after taxes of all consumer units, in US cents (87,869 dollars;
    /// CE 2023 table cu-vets-2023): what the averages' share of income is taken of.
    public static let annualIncomeAfterTaxesCents: Int64 = 8_786_900

    /// The groups the advice compares with: every group with an average except Personal
    /// Insurance & Pensions, which is mostly pension and Social Security contributions —
    /// saving for later, not spending to cut.
    public static let advised: Set<String> = ["Housing", "Transportation", "Food", "Healthcare", "Entertainment"]

    /// A group's average spending a month in USD: the annual cents over 12, rounded half to
    /// even once (Housing 25,436 a year is 2,119.67 a month).
    public static func monthlyAverage(_ group: String) -> Money? {
        annualCents[group].map(monthly)
    }

    /// The average income after taxes a month in USD (7,322.42).
    public static var monthlyIncomeAfterTaxes: Money { monthly(annualIncomeAfterTaxesCents) }

    private static func monthly(_ annual: Int64) -> Money {
        Money(minorUnits: Int64(CheckedAmount.divided(Int128(annual), by: 12, rounding: .halfEven)), currency: .usd)
    }
}
