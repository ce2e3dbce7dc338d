using System.Data;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;

namespace LibraryIls.Host.Tests;

/// <summary>
/// No SQL Server runs here, so these prove what can be proved without one: the Microsoft.SqlServer.Server
/// stand-in (eng/) loads with the identity SqlClient asks for, and the method that writes every command
/// parameter can be compiled — without the stand-in both fail with FileNotFoundException.
/// </summary>
public sealed class SqlClientStandInTests
{
    [Fact]
    public void Given_SqlClient_When_it_loads_Microsoft_SqlServer_Server_Then_the_identity_matches()
    {
        const string expected = "Microsoft.SqlServer.Server, Version=1.0.0.0, Culture=neutral, PublicKeyToken=23ec7fc2d6eaa4a5";
        var reference = typeof(SqlConnection).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.SqlServer.Server");
        reference.FullName.ShouldBe(expected);
        Assembly.Load(reference).FullName.ShouldBe(expected);
    }

    [Fact]
    public void Given_SqlClient_When_the_parameter_writer_is_compiled_Then_it_does_not_fail()
    {
        var tdsParser = typeof(SqlConnection).Assembly.GetType("Microsoft.Data.SqlClient.TdsParser", throwOnError: true)!;
        var writer = tdsParser.GetMethod("TDSExecuteRPCAddParameter", BindingFlags.Instance | BindingFlags.NonPublic);
        writer.ShouldNotBeNull("SqlClient internals changed: re-check which methods reference Microsoft.SqlServer.Server");
        Should.NotThrow(() => RuntimeHelpers.PrepareMethod(writer.MethodHandle));
    }

    [Fact]
    public void Given_no_server_When_a_parameterised_command_runs_Then_only_a_connection_error_comes_back()
    {
        using var connection = new SqlConnection(
            "Server=127.0.0.1,1;Database=x;User Id=sa;Password=x;TrustServerCertificate=true;Connect Timeout=1;Pooling=false");
        using var command = new SqlCommand("SELECT @title, @n", connection);
        command.Parameters.Add(new SqlParameter("@title", SqlDbType.NVarChar, 200) { Value = "Truyện Kiều" });
        command.Parameters.AddWithValue("@n", 42);
        Should.Throw<SqlException>(() =>
        {
            connection.Open();
            command.ExecuteScalar();
        });
    }
}
