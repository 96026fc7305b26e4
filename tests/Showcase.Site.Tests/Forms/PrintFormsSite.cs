namespace Showcase.Site.Tests.Forms;

/// <summary>Few units, long summaries: a form that spans several printed pages.</summary>
public sealed class PrintFormsSite() : GeneratedFormsSite(FormsContent.Generate(unitCount: 6, modelCount: 72, longSummaries: true));
