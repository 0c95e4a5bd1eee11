using System;
using System.CommandLine;
using KmsGuardrails.Cli.Commands;

var root = new RootCommand("kms-guardrails: finds changes that could destroy AWS KMS keys in CloudFormation, Terraform and key policies.")
{
    ScanCommand.Create(),
    BaselineCommand.Create(),
    RulesCommand.CreateList(),
    RulesCommand.CreateExplain(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'kms-guardrails --help' for usage.");
    return ExitCodes.BadInput;
}

return parsed.Invoke();
