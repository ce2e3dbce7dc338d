using LibraryIls.Catalog.Imports;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>Prices and dates read as the exporting system wrote them, never scaled or turned month-first.</summary>
public sealed class LegacyCopyValuesTests
{
    [Theory]
    [InlineData("52000.00", 52000)]     // Koha 952$g
    [InlineData("52000", 52000)]
    [InlineData("52.000", 52000)]
    [InlineData("52,000", 52000)]
    [InlineData("52.000đ", 52000)]
    [InlineData("52.000 đ", 52000)]
    [InlineData("52.000 VNĐ", 52000)]
    [InlineData("52000 VND", 52000)]
    [InlineData("52.000 đồng", 52000)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("1,250,000", 1250000)]
    [InlineData("52.000,00", 52000)]
    [InlineData("52,000.00", 52000)]
    [InlineData("1.250.000,50", 1250000.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("Giá: 35.000đ", 35000)]
    public void Given_a_price_as_an_export_writes_it_When_read_Then_it_is_that_many_dong(string text, double expected) =>
        LegacyCopyValues.Price(text).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("không rõ")]
    [InlineData("-5000")]
    [InlineData("đ")]
    public void Given_no_amount_When_read_Then_no_price(string? text) => LegacyCopyValues.Price(text).ShouldBeNull();

    [Theory]
    [InlineData("2015-03-01", 2015, 3, 1)]
    [InlineData("2015-03-01 00:00:00", 2015, 3, 1)]
    [InlineData("2015-03-01T10:20:00", 2015, 3, 1)]
    [InlineData("01/03/2015", 2015, 3, 1)]
    [InlineData("1/3/2015", 2015, 3, 1)]
    [InlineData("01-03-2015", 2015, 3, 1)]
    [InlineData("01.03.2015", 2015, 3, 1)]
    [InlineData("20150301", 2015, 3, 1)]
    [InlineData("31/12/2024", 2024, 12, 31)]
    public void Given_an_acquisition_date_When_read_Then_the_day_comes_first_or_ISO(string text, int year, int month, int day) =>
        LegacyCopyValues.Date(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("2015")]
    [InlineData("13/13/2015")]
    [InlineData("ngày nhập")]
    public void Given_no_whole_date_When_read_Then_none(string text) => LegacyCopyValues.Date(text).ShouldBeNull();
}
