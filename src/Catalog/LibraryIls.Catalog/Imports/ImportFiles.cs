using LibraryIls.BuildingBlocks.Data;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// Uploaded files wait here (one per batch, named by its id) while the batch is staged and committed, so a
/// background job, a restart after a crash, and the rejects download can read them again.
/// </summary>
internal sealed class ImportFiles(DatabaseOptions database, IOptions<ImportOptions> options)
{
    public string Folder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(database.DataFolder, options.Value.Folder));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public string PathOf(Guid batchId) => Path.Combine(Folder, batchId.ToString("N") + ".marc");

    public async Task<long> SaveAsync(Guid batchId, Stream content, CancellationToken ct)
    {
        var path = PathOf(batchId);
        await using (var file = new FileStream(path + ".part", FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            await content.CopyToAsync(file, ct);
        File.Move(path + ".part", path, overwrite: true);
        return new FileInfo(path).Length;
    }

    public void Copy(Guid batchId, string source) => File.Copy(source, PathOf(batchId), overwrite: true);
}
