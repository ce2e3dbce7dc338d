using QRCoder;

namespace LibraryIls.Catalog.Labels;

/// <summary>A QR code as PNG, medium error correction so a scuffed spine label still scans.</summary>
internal static class QrCodes
{
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
