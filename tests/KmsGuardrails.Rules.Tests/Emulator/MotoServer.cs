using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using Amazon.KeyManagementService;
using Amazon.Runtime;

namespace KmsGuardrails.Rules.Tests.Emulator;

/// <summary>
/// Runs moto_server on 127.0.0.1 and a free port for the tests of one class, and stops it when
/// they are done. Nothing leaves the machine: the SDK client points at the local port.
/// </summary>
public sealed class MotoServer : IDisposable
{
    public const string Command = "moto_server";

    private readonly Process? process;

    public MotoServer()
    {
        if (KmsGuardrails.Tests.Shared.ExternalTool.Find(Command) is not { } path)
        {
            return;
        }

        Port = FreePort();
        process = Process.Start(new ProcessStartInfo(path, $"-H 127.0.0.1 -p {Port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilReady();
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>A client of the real AWSSDK.KeyManagementService, with dummy credentials and no retries.</summary>
    public IAmazonKeyManagementService CreateClient() => new AmazonKeyManagementServiceClient(
        new BasicAWSCredentials("testing", "testing"),
        new AmazonKeyManagementServiceConfig
        {
            ServiceURL = Endpoint,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromSeconds(20),
        });

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void WaitUntilReady()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with code {process.ExitCode} before it was ready");
            }

            try
            {
                if (http.GetAsync(Endpoint + "/moto-api/").GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (System.Threading.Tasks.TaskCanceledException)
            {
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("moto_server did not answer within 60 seconds on " + Endpoint);
    }
}
