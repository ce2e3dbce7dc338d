using System.Net;
using System.Net.Http.Headers;
using LibraryIls.Catalog.Imports;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>The calls a cataloguer makes to import a MARC file, and waiting for the background job.</summary>
internal static class ImportTestApi
{
    public const string ImportsPath = "/api/catalog/imports";

    public static async Task<ImportBatchResponse> UploadAsync(this HttpClient client, byte[] file, string fileName, IDictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/marc");
        form.Add(content, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var response = await client.PostAsync(ImportsPath, form);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportBatchResponse>(TestJson.Options))!;
    }

    /// <summary>Polls the batch (its progress endpoint) until it reaches one of the given states.</summary>
    public static async Task<ImportBatchResponse> WaitForAsync(this HttpClient client, Guid id, params string[] states)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var batch = (await client.GetFromJsonAsync<ImportBatchResponse>($"{ImportsPath}/{id}", TestJson.Options))!;
            if (states.Contains(batch.Status)) return batch;
            batch.Status.ShouldNotBe("Failed", batch.Error);
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Batch {id} is still {batch.Status}.");
            await Task.Delay(100);
        }
    }

    public static async Task<ImportBatchResponse> PostAndWaitAsync(this HttpClient client, string path, Guid id, string state)
    {
        var response = await client.PostAsync(path, null);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await client.WaitForAsync(id, state);
    }

    public static void ShouldAddUp(this ImportBatchResponse batch)
    {
        (batch.RecordsCommitted + batch.Merged + batch.Rejected).ShouldBe(batch.RecordsRead,
            $"read {batch.RecordsRead} = committed {batch.RecordsCommitted} + merged {batch.Merged} + rejected {batch.Rejected}");
    }
}
