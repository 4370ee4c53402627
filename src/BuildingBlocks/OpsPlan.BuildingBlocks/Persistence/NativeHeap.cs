using System.Runtime.InteropServices;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// glibc's malloc raises its mmap threshold to the largest block freed so far (up to 32 MB). Once SQLite has freed
/// the multi-megabyte JSON parameters and parse trees of one 10,000-event batch, blocks of that size come from the
/// heap instead and stay resident after they are freed: ~40 MB per process in the load test (docs/benchmarks.md).
/// A fixed threshold keeps large blocks mapped, so freeing one gives it back to the system.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThresholdOption = -3; // M_MMAP_THRESHOLD in malloc.h
    private const int LargeBlockBytes = 128 * 1024; // glibc's own starting threshold

    /// <summary>
    /// Fixes the threshold on Linux; elsewhere (another OS, a C library without <c>mallopt</c>) leaves the allocator
    /// as it is. True when the allocator took the setting.
    /// </summary>
    public static bool KeepLargeBlocksMapped()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetOption(MmapThresholdOption, LargeBlockBytes) == 1;
        }
        catch (Exception missing) when (missing is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: two ints need no marshalling code, and LibraryImport would need unsafe code allowed.
    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int SetOption(int option, int value);
}
