using System.Collections.Generic;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// A key policy read from a document: the model (null when the document is not a policy at all)
/// and the problems AWS would reject it for (MalformedPolicyDocumentException), each positioned.
/// </summary>
public sealed record KeyPolicyReadResult(KeyPolicy? Policy, IReadOnlyList<DocumentProblem> Problems);
