namespace LibraryIls.Catalog.Marc.Tests;

public class SmokeTests
{
    [Fact]
    public void Corpus_is_beside_the_project() => Directory.Exists(CorpusPath()).ShouldBeTrue();

    private static string CorpusPath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../shared/corpus"));
}
