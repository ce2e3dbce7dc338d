using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Tests;

/// <summary>The calls a cataloguer makes, for the API tests.</summary>
internal static class CatalogTestApi
{
    public const string RecordsPath = "/api/catalog/records";

    public static HttpContent Json(MarcRecord record) =>
        new ByteArrayContent(MarcJson.ToBytes(record)[1..^2]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    public static HttpContent Xml(MarcRecord record) =>
        new ByteArrayContent(Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(record))) { Headers = { ContentType = new MediaTypeHeaderValue("application/marcxml+xml") } };

    public static HttpContent Iso(byte[] bytes) =>
        new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/marc") } };

    public static async Task<RecordResponse> CreateAsync(this HttpClient client, MarcRecord record)
    {
        var response = await client.PostAsync(RecordsPath, Json(record));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RecordResponse>(TestJson.Options))!;
    }

    public static async Task<HttpResponseMessage> PutAsync(this HttpClient client, Guid id, HttpContent content, int? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{RecordsPath}/{id}") { Content = content };
        if (ifMatch is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        return await client.SendAsync(request);
    }

    public static async Task<byte[]> GetAsAsync(this HttpClient client, string path, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<string> SiteAsync(this LibraryIlsApi api, string level = "Province")
    {
        var code = Unique.Code("CS");
        var admin = await api.AdminAsync();
        (await admin.PostAsJsonAsync("/api/organization/sites", new { code, name = "Thư viện thử nghiệm", level, kind = "Library" }))
            .EnsureSuccessStatusCode();
        return code;
    }

    public static object BulkCopies(string first, int count, string siteCode, string location = "Lending", string source = "Purchase") =>
        new { firstRegistrationNumber = first, count, siteCode, location, itemType = "SACH", acquiredOn = "2026-03-15", source, price = 85000 };
}
