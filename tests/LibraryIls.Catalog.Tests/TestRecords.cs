using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Tests;

/// <summary>Small, valid Vietnamese bibliographic records for tests.</summary>
internal static class TestRecords
{
    public static MarcRecord Novel(string title, string author, string ddc, string isbn = "978-604-1-23456-7")
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.AddControlField("001", "VN" + Guid.NewGuid().ToString("N")[..9]);
        record.AddControlField("008", "190305s2019    vm            000 1 vie d");
        record.AddDataField(new DataField("020", ' ', ' ', new Subfield('a', isbn)));
        record.AddDataField(new DataField("082", '0', '4', new Subfield('a', ddc), new Subfield('2', "23/vie")));
        record.AddDataField(new DataField("100", '1', ' ', new Subfield('a', author)));
        record.AddDataField(new DataField("245", '1', '0', new Subfield('a', title + " :"), new Subfield('b', "tiểu thuyết /"),
            new Subfield('c', author.TrimEnd(',', '.'))));
        record.AddDataField(new DataField("264", ' ', '1', new Subfield('a', "TP. Hồ Chí Minh :"), new Subfield('b', "Nxb. Trẻ,"),
            new Subfield('c', "2019")));
        record.AddDataField(new DataField("650", ' ', '7', new Subfield('a', "Văn học Việt Nam"), new Subfield('x', "Tiểu thuyết"),
            new Subfield('2', "Bộ TK TVQG")));
        return record;
    }
}
