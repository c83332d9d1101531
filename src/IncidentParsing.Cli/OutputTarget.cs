using Mono.Unix;

namespace IncidentParsing.Cli;

/// <summary>
/// Where <c>--output</c> writes, and how. A regular file or a new path is replaced atomically: written beside it, then
/// renamed over it, so a crash never leaves half a file. A symlink is followed and its final target written so. A
/// device, a FIFO or a socket is written directly: renaming over <c>/dev/null</c> or a pipe would replace it with a
/// regular file, and the pipe's reader would get nothing.
/// </summary>
/// <param name="Path">The file written in the end: the output path, or the final target of a symlink.</param>
/// <param name="Atomic">True when the output is written to a temporary file beside <paramref name="Path"/> and renamed.</param>
internal sealed record OutputTarget(string Path, bool Atomic)
{
    /// <summary>The target of <paramref name="output"/>.</summary>
    /// <exception cref="CliUsageException">The path is a directory.</exception>
    public static OutputTarget Of(string output)
    {
        string full = System.IO.Path.GetFullPath(output);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            full = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        if (Directory.Exists(full))
        {
            throw new CliUsageException($"--output {output}: is a directory");
        }
        // Only Unix has special files a rename would replace; what is not there yet is a new regular file.
        if (OperatingSystem.IsWindows() || !File.Exists(full))
        {
            return new OutputTarget(full, Atomic: true);
        }
        return new OutputTarget(full, UnixFileSystemInfo.GetFileSystemEntry(full).FileType == FileTypes.RegularFile);
    }

    private string TempPath => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.tmp");

    /// <summary>The stream to write to: the temporary file beside the target, or the special file itself.</summary>
    public FileStream Open(int bufferSize, bool useAsync = false) => Atomic
        ? new FileStream(TempPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize, useAsync)
        : new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize, useAsync);

    /// <summary>After the stream is closed: renames the temporary file over the target.</summary>
    public void Commit()
    {
        if (Atomic)
        {
            File.Move(TempPath, Path, overwrite: true);
        }
    }

    /// <summary>After a failure or once committed: removes the temporary file, if any is left.</summary>
    public void Abandon()
    {
        if (Atomic)
        {
            File.Delete(TempPath);
        }
    }
}
