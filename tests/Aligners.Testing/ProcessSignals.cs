using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Aligners.Testing;

/// <summary>Signals to another process: .NET raises signals in its own process only, so this goes through libc.</summary>
public static class ProcessSignals
{
    private const int SigTerm = 15;

    /// <summary>SIGTERM, as a service manager, <c>timeout</c> or <c>kill</c> sends it.</summary>
    public static void Terminate(Process process)
    {
        if (Kill(process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
