using System.Globalization;
using Microsoft.Extensions.Configuration;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using QRCoder;
using Volunteers.Application.Certificates;
using Volunteers.Domain.Common;

namespace Volunteers.Infrastructure.Certificates;

/// <summary>
/// The hours certificate as an A4 PDF (PDFsharp): the HQ's name (<c>Certificates:IssuerName</c>, or per language
/// <c>Certificates:IssuerName:kk|ru|en</c>), the holder's full name, the period, the hours per campaign and in total,
/// the issue date, the code and a QR code of the verification link, all in the certificate's language.
/// </summary>
internal sealed class PdfCertificate(IConfiguration configuration) : ICertificatePdf
{
    private const double Margin = 56;
    private const double PageBottom = 842 - 170; // room for the footer with the QR code

    // Static fields initialise in textual order: the embedded fonts are made known before the first XFont needs them.
    private static readonly IFontResolver Fonts = GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XFont TitleFont = Font(20, bold: true);
    private static readonly XFont NameFont = Font(16, bold: true);
    private static readonly XFont TextFont = Font(11, bold: false);
    private static readonly XFont BoldFont = Font(11, bold: true);
    private static readonly XFont SmallFont = Font(9, bold: false);

    public byte[] Render(CertificateDocument document)
    {
        var text = Labels.For(document.Language);
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{text.Title} {document.Code}";
        var page = pdf.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        var graphics = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;

        var y = 60.0;
        var issuer = configuration[$"Certificates:IssuerName:{document.Language}"] ?? configuration["Certificates:IssuerName"] ?? text.Issuer;
        y = Paragraph(graphics, issuer, BoldFont, y, width, XParagraphAlignment.Center) + 30;
        graphics.DrawString(text.Title, TitleFont, XBrushes.Black, new XRect(Margin, y, width, 24), XStringFormats.TopCenter);
        y += 50;
        if (!document.Valid)
        {
            graphics.DrawString(text.Revoked, TitleFont, XBrushes.DarkRed, new XRect(Margin, y, width, 24), XStringFormats.TopCenter);
            y += 40;
        }

        graphics.DrawString(document.FullName, NameFont, XBrushes.Black, new XRect(Margin, y, width, 20), XStringFormats.TopCenter);
        y += 36;
        y = Paragraph(graphics, text.Statement(Date(document.From), Date(document.To), Hours(document.TotalHours)), TextFont, y, width, XParagraphAlignment.Left) + 20;

        graphics.DrawString(text.Campaign, BoldFont, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
        graphics.DrawString(text.Hours, BoldFont, XBrushes.Black, Margin + width, y, XStringFormats.TopRight);
        y += 18;
        graphics.DrawLine(XPens.Black, Margin, y, Margin + width, y);
        y += 6;
        foreach (var line in document.Campaigns)
        {
            if (y > PageBottom)
            {
                graphics.Dispose();
                page = pdf.AddPage();
                graphics = XGraphics.FromPdfPage(page);
                y = 60;
            }

            graphics.DrawString(Fit(graphics, line.Title, width - 80), TextFont, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
            graphics.DrawString(Hours(line.Hours), TextFont, XBrushes.Black, Margin + width, y, XStringFormats.TopRight);
            y += 18;
        }

        graphics.DrawLine(XPens.Black, Margin, y, Margin + width, y);
        y += 6;
        graphics.DrawString(text.Total, BoldFont, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
        graphics.DrawString(Hours(document.TotalHours), BoldFont, XBrushes.Black, Margin + width, y, XStringFormats.TopRight);

        Footer(graphics, page, document, text);
        graphics.Dispose();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The issue date, the code and a QR code of the verification link, at the foot of the last page.</summary>
    private static void Footer(XGraphics graphics, PdfPage page, CertificateDocument document, Labels text)
    {
        const double qrSize = 110;
        var top = page.Height.Point - Margin - qrSize;
        var right = page.Width.Point - Margin;
        DrawQrCode(graphics, document.VerifyUrl.AbsoluteUri, right - qrSize, top, qrSize);
        graphics.DrawString($"{text.IssuedOn}: {Date(document.IssuedOn)}", TextFont, XBrushes.Black, Margin, top + 10, XStringFormats.TopLeft);
        graphics.DrawString($"{text.Code}: {document.Code}", BoldFont, XBrushes.Black, Margin, top + 32, XStringFormats.TopLeft);
        graphics.DrawString(text.VerifyAt, SmallFont, XBrushes.Black, Margin, top + 62, XStringFormats.TopLeft);
        graphics.DrawString(document.VerifyUrl.AbsoluteUri, SmallFont, XBrushes.Black, Margin, top + 76, XStringFormats.TopLeft);
    }

    /// <summary>The QR code drawn as squares: sharp at any zoom and in print.</summary>
    private static void DrawQrCode(XGraphics graphics, string content, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    // A hair larger than the cell, so that viewers draw no seams between dark squares.
                    graphics.DrawRectangle(XBrushes.Black, x + column * cell, y + row * cell, cell + 0.2, cell + 0.2);
                }
            }
        }
    }

    private static double Paragraph(XGraphics graphics, string text, XFont font, double y, double width, XParagraphAlignment alignment)
    {
        var lines = Math.Max(1, Math.Ceiling(graphics.MeasureString(text, font).Width / width) + (text.Length > 120 ? 1 : 0));
        var height = lines * font.GetHeight() * 1.15;
        new XTextFormatter(graphics) { Alignment = alignment }.DrawString(text, font, XBrushes.Black, new XRect(Margin, y, width, height), XStringFormats.TopLeft);
        return y + height;
    }

    private static string Fit(XGraphics graphics, string text, double width)
    {
        if (graphics.MeasureString(text, TextFont).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && graphics.MeasureString(cut + "…", TextFont).Width > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    private static XFont Font(double size, bool bold) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Hours as the API gives them (up to two decimals), with a point, the same in every language.</summary>
    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Labels(
        string Issuer, string Title, string Revoked, Func<string, string, string, string> Statement,
        string Campaign, string Hours, string Total, string IssuedOn, string Code, string VerifyAt)
    {
        public static Labels For(string language) => language switch
        {
            Language.Kazakh => new(
                "Астана қаласының волонтерлер штабы",
                "Волонтерлік сағаттар туралы анықтама",
                "АНЫҚТАМАНЫҢ КҮШІ ЖОЙЫЛДЫ",
                (from, to, total) => $"Осы анықтама аталған волонтердің {from} – {to} аралығында барлығы {total} сағат волонтерлік қызмет атқарғанын растайды.",
                "Акция", "Сағат", "Барлығы", "Берілген күні", "Тексеру коды", "Анықтаманың түпнұсқалығын тексеру:"),
            Language.English => new(
                "Astana City Volunteer Headquarters",
                "Certificate of volunteer hours",
                "THIS CERTIFICATE HAS BEEN REVOKED",
                (from, to, total) => $"This certifies that the volunteer named above gave {total} hours of volunteer work from {from} to {to}.",
                "Campaign", "Hours", "Total", "Issued on", "Verification code", "Check that this certificate is genuine at:"),
            _ => new(
                "Волонтёрский штаб города Астаны",
                "Справка о волонтёрских часах",
                "СПРАВКА АННУЛИРОВАНА",
                (from, to, total) => $"Настоящая справка подтверждает, что указанный волонтёр в период с {from} по {to} отработал(а) {total} ч волонтёрской работы.",
                "Акция", "Часы", "Итого", "Дата выдачи", "Код проверки", "Проверить подлинность справки:"),
        };
    }
}
