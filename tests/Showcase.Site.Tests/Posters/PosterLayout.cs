using System.Text.Json;
using Microsoft.Playwright;
using Showcase.Generator.Posters;

namespace Showcase.Site.Tests.Posters;

/// <summary>
/// Opens a poster as Chromium prints it (print media, a viewport of the sheet's size) and measures it: every line of
/// text must lie inside the frame's inner rule, inside the box that clips it (so nothing is silently cut), clear of
/// the corner ornaments, and the document must be no taller than the sheet (so nothing spills onto a second page).
/// </summary>
public static class PosterLayout
{
    public const double PxPerMm = 96 / 25.4;

    public sealed record Measure(IReadOnlyList<string> Problems, double SheetWidth, double SheetHeight, double TitleSize, double ItemSize, double ItemsHeight, double BodyHeight, string? Fitted);

    public static async Task<IPage> OpenAsync(Infrastructure.Chromium chromium, string url, PosterSize size, Func<IPage, Task>? before = null)
    {
        var page = await chromium.NewPageAsync((int)Math.Ceiling(size.WidthMm * PxPerMm), (int)Math.Ceiling(size.HeightMm * PxPerMm));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        if (before is not null)
        {
            await before(page);
        }

        await page.GotoAsync(url);
        return page;
    }

    public static async Task WaitFittedAsync(IPage page) =>
        await page.WaitForSelectorAsync("html[data-fitted]", new() { State = WaitForSelectorState.Attached, Timeout = 15000 });

    public static async Task<Measure> MeasureAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(Script);
        return JsonSerializer.Deserialize<Measure>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private const string Script = """
        () => {
          const problems = [];
          const slack = 0.5;
          const sheet = document.querySelector('.sheet').getBoundingClientRect();
          const border = document.getElementById('khung-trong').getBoundingClientRect();
          const content = document.querySelector('.content').getBoundingClientRect();
          const body = document.querySelector('.body').getBoundingClientRect();
          const corners = [...document.querySelectorAll('.frame use[href="#goc"]')].map(u => u.getBoundingClientRect());
          const inside = (r, b) => r.left >= b.left - slack && r.right <= b.right + slack && r.top >= b.top - slack && r.bottom <= b.bottom + slack;
          const meets = (r, b) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
          const show = r => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`;
          if (corners.length !== 4) problems.push(`${corners.length} corner ornaments`);
          for (const el of document.querySelectorAll('.sheet .content p, .sheet .content h1, .sheet .content li, .sheet .content figcaption, .sheet .content svg.qr')) {
            const name = el.tagName.toLowerCase() + '.' + (el.className.baseVal ?? el.className) + ' "' + el.textContent.trim().slice(0, 30) + '"';
            let rects;
            if (el.tagName.toLowerCase() === 'svg') {
              rects = [el.getBoundingClientRect()];
            } else {
              const range = document.createRange();
              range.selectNodeContents(el);
              rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
            }
            for (const r of rects) {
              if (!inside(r, border)) problems.push(`${name} ${show(r)} is outside the frame ${show(border)}`);
              if (!inside(r, content)) problems.push(`${name} ${show(r)} is clipped by the content box ${show(content)}`);
              if (el.tagName.toLowerCase() === 'li' && !inside(r, body)) problems.push(`${name} ${show(r)} is clipped by the body ${show(body)}`);
              for (const c of corners) if (meets(r, c)) problems.push(`${name} ${show(r)} touches a corner ornament ${show(c)}`);
            }
          }
          const pageHeight = parseFloat(getComputedStyle(document.querySelector('.sheet')).getPropertyValue('--sheet-h')) * 96 / 25.4;
          const docHeight = Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height);
          if (docHeight > pageHeight + 0.5) problems.push(`the document is ${docHeight}px tall, the page ${pageHeight}px: it spills onto a second page`);
          if (Math.abs(sheet.left) > 0.5 || Math.abs(sheet.top) > 0.5) problems.push(`the sheet starts at ${show(sheet)}, not at the page's corner`);
          const items = [...document.querySelectorAll('.items li')].map(li => li.getBoundingClientRect());
          const px = el => parseFloat(getComputedStyle(document.querySelector(el)).fontSize);
          return JSON.stringify({
            problems,
            sheetWidth: sheet.width,
            sheetHeight: sheet.height,
            titleSize: px('.title') / sheet.width * 100,
            itemSize: px('.items') / sheet.width * 100,
            itemsHeight: items.length ? items[items.length - 1].bottom - items[0].top : 0,
            bodyHeight: body.height,
            fitted: document.documentElement.getAttribute('data-fitted'),
          });
        }
        """;
}
