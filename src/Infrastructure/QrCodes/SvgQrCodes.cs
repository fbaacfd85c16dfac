using QRCoder;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Infrastructure.QrCodes;

/// <summary>QR codes drawn by QRCoder as SVG: vector, so a coordinator's phone or a printed sheet shows them sharp at any size.</summary>
internal sealed class SvgQrCodes : IQrCodes
{
    private const int PixelsPerModule = 8;

    public string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }
}
