namespace Volunteers.Application.Common.Interfaces;

/// <summary>QR images for people to scan with a phone.</summary>
public interface IQrCodes
{
    /// <summary>A standalone SVG document of a QR code holding <paramref name="text"/>.</summary>
    string Svg(string text);
}
