using System.Runtime.InteropServices;

namespace IncidentParsing.MeCab.Native;

/// <summary>Owns a <c>mecab_model_t</c>.</summary>
internal sealed class MeCabModelHandle : SafeHandle
{
    public MeCabModelHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    internal static MeCabModelHandle FromPointer(IntPtr pointer)
    {
        var owned = new MeCabModelHandle();
        owned.SetHandle(pointer);
        return owned;
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        MeCabNative.ModelDestroy(handle);
        return true;
    }
}

/// <summary>
/// A handle to an object created from a model (a tagger or a lattice). It keeps the model alive
/// (AddRef) until it is released itself, because finalizers run in no particular order and a tagger
/// used after its model is destroyed would crash the process.
/// </summary>
internal abstract class MeCabModelChildHandle : SafeHandle
{
    private MeCabModelHandle? _model;

    protected MeCabModelChildHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>
    /// A handle owning what <paramref name="make"/> creates from <paramref name="model"/> (invalid when it creates nothing),
    /// holding a reference on the model so that the model outlives it.
    /// </summary>
    protected static THandle Create<THandle>(MeCabModelHandle model, Func<MeCabModelHandle, IntPtr> make) where THandle : MeCabModelChildHandle, new()
    {
        var pointer = make(model);
        var owned = new THandle();
        if (pointer != IntPtr.Zero)
        {
            owned.Attach(model, pointer);
        }
        return owned;
    }

    /// <summary>Takes ownership of <paramref name="pointer"/>, created from <paramref name="model"/>.</summary>
    protected void Attach(MeCabModelHandle model, IntPtr pointer)
    {
        bool added = false;
        model.DangerousAddRef(ref added);
        _model = model;
        SetHandle(pointer);
    }

    /// <summary>Destroys the native object.</summary>
    protected abstract void Destroy(IntPtr pointer);

    /// <inheritdoc />
    protected sealed override bool ReleaseHandle()
    {
        Destroy(handle);
        _model?.DangerousRelease();
        return true;
    }
}

/// <summary>Owns a <c>mecab_t</c> (a tagger) made by <c>mecab_model_new_tagger</c>.</summary>
internal sealed class MeCabTaggerHandle : MeCabModelChildHandle
{
    internal static MeCabTaggerHandle Create(MeCabModelHandle model) => Create<MeCabTaggerHandle>(model, MeCabNative.ModelNewTagger);

    /// <inheritdoc />
    protected override void Destroy(IntPtr pointer) => MeCabNative.TaggerDestroy(pointer);
}

/// <summary>Owns a <c>mecab_lattice_t</c> made by <c>mecab_model_new_lattice</c>; used by one thread at a time.</summary>
internal sealed class MeCabLatticeHandle : MeCabModelChildHandle
{
    internal static MeCabLatticeHandle Create(MeCabModelHandle model) => Create<MeCabLatticeHandle>(model, MeCabNative.ModelNewLattice);

    /// <inheritdoc />
    protected override void Destroy(IntPtr pointer) => MeCabNative.LatticeDestroy(pointer);
}
