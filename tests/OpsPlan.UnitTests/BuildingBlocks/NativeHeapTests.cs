using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class NativeHeapTests
{
    [Test]
    public void On_linux_the_allocator_takes_the_fixed_large_block_threshold()
    {
        Assert.That(NativeHeap.KeepLargeBlocksMapped(), Is.EqualTo(OperatingSystem.IsLinux()));
    }
}
