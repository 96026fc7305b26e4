namespace Showcase.Generator.Posters;

/// <summary>
/// A poster page to print and the PDF it becomes, as paths in the output ("chuan-muc/x/40x60/index.html" →
/// "chuan-muc/x/40x60.pdf"), with the sheet's size the PDF must have.
/// </summary>
public sealed record PosterPdfJob(string PagePath, string PdfPath, PosterSize Size);
