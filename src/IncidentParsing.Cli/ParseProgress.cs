using System.Diagnostics;
using System.Globalization;

namespace IncidentParsing.Cli;

/// <summary>
/// A one-line progress bar on stderr for <c>parse</c>: files and bytes done, incidents found, MB/s.
/// Drawn only when stderr is a terminal (the caller decides); otherwise every call does nothing, so
/// redirected stderr carries only real messages. A timer redraws while a large file is being parsed,
/// so the line shows the run is alive.
/// </summary>
internal sealed class ParseProgress : IDisposable
{
    private const int BarWidth = 24;
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(200);
    private readonly TextWriter? _stderr;
    private readonly int _totalFiles;
    private readonly long _totalBytes;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly Timer? _timer;
    private int _files;
    private long _bytes;
    private int _incidents;
    private string _current = "";
    private int _lastWidth;
    private bool _stopped;

    public ParseProgress(TextWriter stderr, bool enabled, IReadOnlyList<string> paths)
    {
        if (!enabled)
        {
            return;
        }
        _stderr = stderr;
        _totalFiles = paths.Count;
        foreach (var path in paths)
        {
            _totalBytes += path != "-" && File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        _timer = new Timer(_ => Draw(), null, Redraw, Redraw);
    }

    /// <summary>A file is being read and parsed.</summary>
    public void Starting(string name)
    {
        if (_stderr is null)
        {
            return;
        }
        lock (_gate)
        {
            _current = name;
        }
        Draw();
    }

    /// <summary>A file is done: <paramref name="bytes"/> read, <paramref name="incidents"/> found.</summary>
    public void Done(long bytes, int incidents)
    {
        if (_stderr is null)
        {
            return;
        }
        lock (_gate)
        {
            _files++;
            _bytes += bytes;
            _incidents += incidents;
            _current = "";
        }
        Draw();
    }

    /// <summary>Stops redrawing and leaves the final line on the terminal.</summary>
    public void Dispose()
    {
        if (_stderr is null)
        {
            return;
        }
        _timer!.Dispose();
        Draw();
        lock (_gate)
        {
            // A timer callback already under way must not draw after the final line.
            _stopped = true;
            _stderr.WriteLine();
            _stderr.Flush();
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            double fraction = _totalBytes > 0 ? Math.Min(1, (double)_bytes / _totalBytes) : _totalFiles > 0 ? (double)_files / _totalFiles : 0;
            int filled = (int)Math.Round(fraction * BarWidth);
            string bar = new string('#', filled) + new string('-', BarWidth - filled);
            string current = _current.Length > 0 ? "  " + _current : "";
            string line = string.Create(CultureInfo.InvariantCulture,
                $"[{bar}] {_files}/{_totalFiles} files  {_bytes / 1e6:0.0}/{_totalBytes / 1e6:0.0} MB  {_incidents} incidents  {_bytes / 1e6 / seconds:0.0} MB/s  {seconds:0.0}s{current}");
            // Pad over the previous line's leftovers, since \r only moves the cursor.
            _stderr!.Write("\r" + line.PadRight(_lastWidth));
            _stderr.Flush();
            _lastWidth = line.Length;
        }
    }
}
