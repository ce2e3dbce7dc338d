using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace LibraryIls.Catalog.Data;

/// <summary>
/// Binds all the columns of a row to a prepared SQLite statement by place, compiled once per statement: each property is read
/// from the row, converted as the EF model converts it (enums to their names) and bound by its own type through
/// <see cref="SqliteValues"/>, so stored exactly as before. Reading each value through the model's getter and converter as an
/// object would box every id, instant and number, and go through two delegates and a type switch per value: an import binds
/// millions of values. A column without a CLR member (a shadow property) is bound through its getter as before.
/// </summary>
internal static class SqliteRowBinder
{
    public static Action<sqlite3_stmt, TRow, object?> Compile<TRow>(IReadOnlyList<BulkColumn> columns)
    {
        var statement = Expression.Parameter(typeof(sqlite3_stmt), "statement");
        var row = Expression.Parameter(typeof(TRow), "row");
        var owner = Expression.Parameter(typeof(object), "owner");
        var binds = columns.Select((column, i) => BindColumn(statement, row, owner, Expression.Constant(i + 1), column)).ToList();
        return Expression.Lambda<Action<sqlite3_stmt, TRow, object?>>(Expression.Block(binds), statement, row, owner).Compile();
    }

    private static Expression BindColumn(ParameterExpression statement, ParameterExpression row, ParameterExpression owner, Expression at, BulkColumn column)
    {
        var member = column.Property.IsShadowProperty() ? null : column.Property.GetMemberInfo(forMaterialization: false, forSet: false);
        if (column.IsOwner || member is null)
        {
            // The owner beside the row, or the model's getter: as an object, as every value was bound before.
            Expression<Func<object, object?, object?>> value = (r, o) => column.Value(r, o);
            return Call(nameof(SqliteValues.Bind), statement, at, Expression.Invoke(value, Expression.Convert(row, typeof(object)), owner), typeof(object));
        }
        var read = Expression.MakeMemberAccess(member.DeclaringType!.IsAssignableFrom(row.Type) ? row : Expression.Convert(row, member.DeclaringType), member);
        return column.Mapping.Converter is { } converter
            ? WhenNotNull(statement, at, read, v => Typed(statement, at, Expression.Invoke(converter.ConvertToProviderExpression, Unwrap(v, converter.ModelClrType))))
            : WhenNotNull(statement, at, read, v => Typed(statement, at, v));
    }

    /// <summary>Binds null where the value is null (a reference or a nullable value), else what <paramref name="bind"/> makes of the value itself.</summary>
    private static Expression WhenNotNull(ParameterExpression statement, Expression at, Expression value, Func<Expression, Expression> bind)
    {
        var underlying = Nullable.GetUnderlyingType(value.Type);
        if (underlying is null && value.Type.IsValueType) return bind(value);
        var held = Expression.Variable(value.Type, "value");
        Expression isNull = underlying is null ? Expression.Equal(held, Expression.Constant(null, value.Type)) : Expression.Not(Expression.Property(held, "HasValue"));
        var present = underlying is null ? (Expression)held : Expression.Property(held, "Value");
        return Expression.Block([held], Expression.Assign(held, value),
            Expression.IfThenElse(isNull, Call(nameof(SqliteValues.BindNull), statement, at, null, null), bind(present)));
    }

    private static Expression Unwrap(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);

    /// <summary>The typed overload of <see cref="SqliteValues.Bind(sqlite3_stmt, int, object?)"/> for the value's type; other types boxed to it.</summary>
    private static Expression Typed(ParameterExpression statement, Expression at, Expression value)
    {
        var type = value.Type.IsEnum ? Enum.GetUnderlyingType(value.Type) : value.Type;
        if (type == typeof(string) || type == typeof(Guid) || type == typeof(bool) || type == typeof(DateTimeOffset) || type == typeof(long))
            return Call(nameof(SqliteValues.Bind), statement, at, Unwrap(value, type), type);
        if (type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint))
            return Call(nameof(SqliteValues.Bind), statement, at, Expression.Convert(value, typeof(long)), typeof(long));
        return Call(nameof(SqliteValues.Bind), statement, at, Expression.Convert(value, typeof(object)), typeof(object));
    }

    private static MethodCallExpression Call(string name, ParameterExpression statement, Expression at, Expression? value, Type? type)
    {
        Type[] parameters = type is null ? [typeof(sqlite3_stmt), typeof(int)] : [typeof(sqlite3_stmt), typeof(int), type];
        var method = typeof(SqliteValues).GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new InvalidOperationException($"SqliteValues has no {name} for {type?.Name ?? "no value"}.");
        return value is null ? Expression.Call(method, statement, at) : Expression.Call(method, statement, at, value);
    }
}
