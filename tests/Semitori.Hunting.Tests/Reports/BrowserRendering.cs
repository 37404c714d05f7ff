using System.Diagnostics;
using Semitori.Hunting.Reports.Html;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>
/// Renders the sample report once per test class in headless Chromium: one launch dumps the DOM after
/// parsing, one takes a screenshot. When chromium is absent nothing runs and <see cref="SkipReason"/> says why.
/// </summary>
public sealed class BrowserRendering : IDisposable
{
    public const int Width = 1280;
    public const int Height = 1000;

    private readonly string? _directory;

    public BrowserRendering()
    {
        if (HeadlessChromium.Executable is null)
        {
            SkipReason = HeadlessChromium.SkipReason;
            return;
        }

        _directory = Directory.CreateTempSubdirectory("semitori-html-").FullName;
        string page = Path.Combine(_directory, "report.html");
        Html = HtmlReportWriter.ToHtml(ReportSamples.WithFindings(), ReportSamples.Knowledge);
        File.WriteAllText(page, Html, new System.Text.UTF8Encoding(false));

        var clock = Stopwatch.StartNew();
        Dom = HeadlessChromium.Run(Path.Combine(_directory, "profile-dom"), page, "--dump-dom");
        DomSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        string png = Path.Combine(_directory, "report.png");
        HeadlessChromium.Run(Path.Combine(_directory, "profile-shot"), page, "--screenshot=" + png, $"--window-size={Width},{Height}");
        ScreenshotSeconds = clock.Elapsed.TotalSeconds;
        Screenshot = File.ReadAllBytes(png);
    }

    public string? SkipReason { get; }
    public string Html { get; } = "";
    public string Dom { get; } = "";
    public byte[] Screenshot { get; } = [];
    public double DomSeconds { get; }
    public double ScreenshotSeconds { get; }

    public void Dispose()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
