namespace LibraryIls.Catalog.Oai;

/// <summary>An OAI-PMH error condition (protocol section 3.6); answered with HTTP 200 and an error element.</summary>
internal sealed class OaiError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>badVerb and badArgument answer a request that was not understood, so it is not echoed back.</summary>
    public bool EchoRequest => Code is not ("badVerb" or "badArgument");

    public static OaiError BadArgument(string message) => new("badArgument", message);
}
