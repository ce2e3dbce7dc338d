using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Host.Tests;

/// <summary>
/// <c>ValidateRequest&lt;T&gt;()</c> takes the request's validator from the container when a request comes: a validator
/// written but not registered turned a bad request into a 500, seen only when the endpoint was called.
/// </summary>
public sealed class ValidatorRegistrationTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Given_every_request_validator_of_the_modules_When_the_host_runs_Then_each_is_registered_for_its_request()
    {
        var api = await apis.For(TestDatabases.Sqlite);
        await using var scope = api.Services.CreateAsyncScope();
        var modules = typeof(LibraryIlsApp).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("LibraryIls.", StringComparison.Ordinal))
            .Select(Assembly.Load).Append(typeof(LibraryIlsApp).Assembly).ToList();
        var requests = modules.SelectMany(m => m.GetTypes())
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => t.BaseType!.GenericTypeArguments[0]).ToList();

        requests.Count.ShouldBeGreaterThan(20, "the modules' request validators were found");
        requests.Where(r => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(r)) is null).Select(r => r.FullName).ShouldBeEmpty();
    }
}
