using Ratusha.Load;

// HTTP load against a running Ratusha, on loopback only. Modes grow here; `probe` times lists one URL at a time,
// `load` runs a mix of registrations, resolutions, answers and reads (LoadRun).
try
{
    return args switch
    {
        ["probe", .. var rest] => await Probe.RunAsync(ProbeOptions.Parse(rest)),
        ["hotline-file", .. var rest] => HotlineFile.Run(rest),
        ["load", .. var rest] => await LoadRun.RunAsync(LoadOptions.Parse(rest)),
        ["fuzz", .. var rest] => await Fuzz.RunAsync(FuzzOptions.Parse(rest)),
        _ => Usage(),
    };
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Ratusha.Load probe --base http://127.0.0.1:5090 --user executor --password … [--label 1m]
                                  [--requests 200] [--concurrency 4] [--warmup 20] --url name=/path [--url name=/path …]
        Logs in, warms each URL up, then sends --requests requests per URL, --concurrency at a time, and prints
        p50/p95/p99 and throughput per URL as a Markdown table. Only loopback addresses; at most 10,000 requests per URL.
        Ratusha.Load hotline-file --rows 1000000 --out calls.csv [--random-seed 1]
        Writes a 1545 contact centre's export of that many calls (CSV) for measuring the hotline import.
        Ratusha.Load load --base http://127.0.0.1:5090 --password … [--clients 64] [--count 10000] [--duration 600]
                          [--mix register=60,resolve=15,answer=10,start=10,search=5] [--acks acks.csv]
                          [--retries 20] [--timeout 30] [--tolerate-faults false]
        Registers appeals as the registrar, resolves them as the deputy mayor, answers as the executor, opens the start
        page and searches, --clients at a time, until --count registrations (or operations, when the mix does not
        register) or --duration seconds; a registration whose answer is lost is sent again with its submission key.
        Prints a Markdown table per operation (2xx/4xx/5xx, p50/p95/p99, req/s) and writes the acknowledged
        registrations to --acks. Exits 1 on any 4xx or given-up registration, and on any 5xx or lost answer unless
        --tolerate-faults true. Loopback only; at most 1,000,000 registrations, 256 clients, one hour.
        Ratusha.Load fuzz --base http://127.0.0.1:5093 --password … [--roles admin,citizen] [--per-operation 12]
                          [--seed 1] [--max-minutes 20] [--report fuzz.md]
        Checks every operation of /openapi/v1.json as anonymous and each role with valid and invalid requests; fails on
        a 5xx or an answer the document does not declare.
        """);
    return 2;
}
