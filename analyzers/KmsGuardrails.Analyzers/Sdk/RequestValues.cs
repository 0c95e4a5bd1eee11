using System;
using System.Collections.Generic;
using KmsGuardrails.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// The properties a request object is given: in its object initializer, and, when it is held in
/// a local, in assignments to that local's properties anywhere in the method. A property assigned
/// two different ways, or a local assigned twice, is not known.
/// </summary>
internal sealed class RequestValues
{
    public static readonly RequestValues None = new(new Dictionary<string, IOperation?>(StringComparer.Ordinal));

    private readonly Dictionary<string, IOperation?> values;

    private RequestValues(Dictionary<string, IOperation?> values) => this.values = values;

    /// <summary>The value assigned to <paramref name="property"/>; null when not assigned or not known.</summary>
    public IOperation? this[string property] => values.TryGetValue(property, out var value) ? value : null;

    /// <summary>True when the property is assigned (even if to a value that cannot be read).</summary>
    public bool IsAssigned(string property) => values.ContainsKey(property);

    public static RequestValues Read(IOperation request)
    {
        var values = new Dictionary<string, IOperation?>(StringComparer.Ordinal);
        switch (ConstantValues.Unwrap(request))
        {
            case IObjectCreationOperation creation:
                AddInitializer(values, creation);
                break;
            case ILocalReferenceOperation { Local: var local } reference:
                if (!AddLocal(values, local, reference))
                {
                    return None;
                }

                break;
        }

        return new RequestValues(values);
    }

    private static void AddInitializer(Dictionary<string, IOperation?> values, IObjectCreationOperation creation)
    {
        if (creation.Initializer is null)
        {
            return;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                Add(values, property.Property.Name, assignment.Value);
            }
        }
    }

    /// <summary>Reads a local's single initializer and the assignments to its properties in the enclosing body.</summary>
    private static bool AddLocal(Dictionary<string, IOperation?> values, ILocalSymbol local, IOperation use)
    {
        var body = OperationTree.Root(use);
        var initialisations = 0;
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer is { } initializer)
                    {
                        initialisations++;
                        if (ConstantValues.Unwrap(initializer.Value) is IObjectCreationOperation creation)
                        {
                            AddInitializer(values, creation);
                        }
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    initialisations++;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } property } assignment
                    when SymbolEqualityComparer.Default.Equals(instance.Local, local) && assignment.Parent is not IObjectOrCollectionInitializerOperation:
                    Add(values, property.Property.Name, assignment.Value);
                    break;
            }
        }

        return initialisations <= 1;
    }

    private static void Add(Dictionary<string, IOperation?> values, string property, IOperation value)
    {
        if (!values.TryGetValue(property, out var existing))
        {
            values[property] = value;
            return;
        }

        // Assigned more than once: still known only if every assignment is the same constant.
        var constant = ConstantValues.Value(value);
        if (existing is null || constant is null || !Equals(ConstantValues.Value(existing), constant))
        {
            values[property] = null;
        }
    }
}
