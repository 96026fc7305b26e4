using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Showcase.Generator.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked <see cref="TrustedHtml"/>: a partial's own values were already
/// escaped while it rendered, so its markup must not be escaped a second time.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(await include.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? string.Empty);
}
