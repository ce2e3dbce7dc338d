using LibraryIls.Bench.Marc;

// bench <area> <name> [args]: each module adds its area here.
return args switch
{
    ["marc", .. var rest] => MarcBench.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench marc all|parse|convert|memory|generate OUT [N]|cli <marc command line>");
    return 2;
}
