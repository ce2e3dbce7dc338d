using System.Runtime.InteropServices;

namespace LibraryIls.Bench.Marc;

/// <summary>
/// CPU seconds (user + system) used by finished child processes and their descendants
/// (getrusage RUSAGE_CHILDREN). On a busy machine wall-clock time mostly measures the neighbours;
/// CPU time measures the tool.
/// </summary>
internal static partial class ChildCpuTime
{
    private const int RusageChildren = -1;

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long Minflt;
        public long Majflt;
        public long Nswap;
        public long Inblock;
        public long Oublock;
        public long Msgsnd;
        public long Msgrcv;
        public long Nsignals;
        public long Nvcsw;
        public long Nivcsw;
    }
}
