using Aligners.Orchestration.Storage;
using Aligners.Testing;
using Azure.Storage.Blobs;

namespace Aligners.Orchestration.Tests.Storage;

/// <summary>
/// A throwaway Azurite keeps its data on disk, in a folder of its own that goes when it stops:
/// never in memory, where Azurite's queue sweep froze it for up to 40 s a minute.
/// </summary>
[Trait("Category", "Integration")]
public class AzuriteProcessTests
{
    [Fact]
    public async Task Start_WithoutAFolder_WritesToATemporaryOne_RemovedWhenStopped()
    {
        var azurite = await AzuriteProcess.StartAsync(RepositoryPaths.Root, FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), dataDirectory: null,
            TimeSpan.FromMinutes(2), default);
        string folder;
        try
        {
            folder = azurite.DataDirectory;
            Assert.StartsWith(Path.GetTempPath(), folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("probe");
            await container.CreateAsync();
            await container.UploadBlobAsync("b", BinaryData.FromString("kept on disk"));

            // The blob's bytes are in the folder's extent files, not only in Azurite's memory.
            var onDisk = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Assert.True(onDisk >= "kept on disk".Length, $"{onDisk} bytes on disk");
        }
        finally
        {
            await azurite.DisposeAsync();
        }
        Assert.False(Directory.Exists(folder));
    }
}
