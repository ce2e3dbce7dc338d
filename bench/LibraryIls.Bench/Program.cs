using LibraryIls.Bench.Circulation;

// bench <area> <name> [args]: each module adds its area here.
return args switch
{
    ["circulation", .. var rest] => await CirculationBench.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench circulation [sqlite|postgres] [--clients 16] [--seconds 20]");
    return 2;
}
