package dev.shapesense.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.CodeLensCapabilities;
import org.eclipse.lsp4j.CodeLensWorkspaceCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DiagnosticsTagSupport;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InlayHintCapabilities;
import org.eclipse.lsp4j.InlayHintWorkspaceCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.SemanticTokensWorkspaceCapabilities;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.StaleRequestCapabilities;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WindowShowMessageRequestActionItemCapabilities;
import org.eclipse.lsp4j.WindowShowMessageRequestCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;

/**
 * The client capabilities LSP4IJ sends in {@code initialize}, for the features ShapeSense serves
 * (read from LSP4IJ's {@code ClientCapabilitiesFactory}). What sets LSP4IJ apart from VS Code: its
 * inlay hint capability has no {@code resolveSupport} (LSP4IJ never calls {@code
 * inlayHint/resolve}), it advertises pull diagnostics, and it resolves code actions only for their
 * {@code edit}. Shared with the IntelliJ client's tests ({@code intellij-plugin/}).
 */
public final class Lsp4ijCapabilities {
  private Lsp4ijCapabilities() {}

  public static ClientCapabilities create() {
    ClientCapabilities capabilities =
        new ClientCapabilities(workspace(), textDocument(), window(), null);
    GeneralClientCapabilities general = new GeneralClientCapabilities();
    StaleRequestCapabilities stale = new StaleRequestCapabilities();
    stale.setCancel(true);
    general.setStaleRequestSupport(stale);
    general.setPositionEncodings(List.of(PositionEncodingKind.UTF16));
    capabilities.setGeneral(general);
    return capabilities;
  }

  private static WorkspaceClientCapabilities workspace() {
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    workspace.setApplyEdit(true);
    workspace.setConfiguration(true);
    workspace.setWorkspaceFolders(true);
    workspace.setExecuteCommand(new ExecuteCommandCapabilities(true));
    WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
    edit.setDocumentChanges(true);
    edit.setResourceOperations(
        List.of(
            ResourceOperationKind.Create,
            ResourceOperationKind.Delete,
            ResourceOperationKind.Rename));
    workspace.setWorkspaceEdit(edit);
    workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    workspace.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
    workspace.setCodeLens(new CodeLensWorkspaceCapabilities(true));
    workspace.setInlayHint(new InlayHintWorkspaceCapabilities(true));
    workspace.setSemanticTokens(new SemanticTokensWorkspaceCapabilities(true));
    workspace.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
    return workspace;
  }

  private static TextDocumentClientCapabilities textDocument() {
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setSynchronization(new SynchronizationCapabilities(true, true, true));

    PublishDiagnosticsCapabilities publish = new PublishDiagnosticsCapabilities();
    publish.setRelatedInformation(true);
    publish.setCodeDescriptionSupport(true);
    publish.setDataSupport(true);
    publish.setTagSupport(
        new DiagnosticsTagSupport(List.of(DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated)));
    text.setPublishDiagnostics(publish);
    DiagnosticCapabilities pull = new DiagnosticCapabilities();
    pull.setDynamicRegistration(true);
    pull.setRelatedDocumentSupport(true);
    text.setDiagnostic(pull);

    CodeActionCapabilities codeAction =
        new CodeActionCapabilities(
            new CodeActionLiteralSupportCapabilities(
                new CodeActionKindCapabilities(
                    List.of(
                        CodeActionKind.QuickFix,
                        CodeActionKind.Refactor,
                        CodeActionKind.RefactorExtract,
                        CodeActionKind.RefactorInline,
                        CodeActionKind.RefactorRewrite,
                        CodeActionKind.Source,
                        CodeActionKind.SourceOrganizeImports))),
            true);
    codeAction.setDataSupport(true);
    codeAction.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
    text.setCodeAction(codeAction);

    // Dynamic registration only: no resolveSupport, so hints must arrive complete.
    text.setInlayHint(new InlayHintCapabilities(true));
    text.setCodeLens(new CodeLensCapabilities(true));
    HoverCapabilities hover = new HoverCapabilities(true);
    hover.setContentFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
    text.setHover(hover);
    return text;
  }

  private static WindowClientCapabilities window() {
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(true);
    window.setShowDocument(new ShowDocumentCapabilities(true));
    WindowShowMessageRequestCapabilities showMessage = new WindowShowMessageRequestCapabilities();
    showMessage.setMessageActionItem(new WindowShowMessageRequestActionItemCapabilities(false));
    window.setShowMessage(showMessage);
    return window;
  }
}
