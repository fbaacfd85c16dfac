using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// Makes <c>required</c> and <c>nullable</c> tell the truth, derived from the C# types and the validators rather than
/// listed by hand. Answers always carry every property (nulls included), so in a type that only ever goes out every
/// property is required, and nullable only when its C# type is. A type that comes in (a request body, or part of one)
/// requires what the client must send: a property whose validator insists on it (an unconditional NotNull or NotEmpty),
/// and a positional parameter without a default whose type cannot be null; it is nullable only when its C# type is and
/// no validator refuses the null. A check that needs the database cannot be asked at build time: a <c>[Required]</c> on
/// the body record says what it refuses.
/// </summary>
internal sealed class RequiredMembersSchemaFilter(IServiceScopeFactory scopes, IApiDescriptionGroupCollectionProvider apiDescriptions) : ISchemaFilter
{
    private readonly Lazy<HashSet<Type>> requestTypes = new(() => RequestTypes(apiDescriptions));
    private readonly NullabilityInfoContext nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.Type.IsEnum || IsDictionary(context.Type))
        {
            return;
        }

        var isRequest = requestTypes.Value.Contains(context.Type);
        var insisted = isRequest ? MembersTheValidatorInsistsOn(context.Type) : [];
        var optionalParameters = context.Type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Where(p => p.HasDefaultValue)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        concrete.Required = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonName(property);
            if (!concrete.Properties.TryGetValue(name, out var propertySchema))
            {
                continue;
            }

            var nullableType = IsNullable(property);
            var validated = insisted.Contains(property.Name) || property.IsDefined(typeof(RequiredAttribute));
            var required = !isRequest || validated || (!nullableType && !optionalParameters.Contains(property.Name));
            if (required)
            {
                concrete.Required.Add(name);
            }

            concrete.Properties[name] = WithNullability(propertySchema, nullableType && !validated);
        }
    }

    /// <summary>The schema, marked nullable or not; a reference is wrapped so that it can say "or null".</summary>
    private static IOpenApiSchema WithNullability(IOpenApiSchema schema, bool nullable)
    {
        switch (schema)
        {
            case OpenApiSchemaReference reference when nullable:
                return new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
            case OpenApiSchema { AllOf: [OpenApiSchemaReference reference], Properties: null or { Count: 0 } } wrapper when !nullable:
                return string.IsNullOrEmpty(wrapper.Description) ? reference : new OpenApiSchema { AllOf = [reference], Description = wrapper.Description };
            case OpenApiSchema concrete:
                concrete.Type = nullable ? concrete.Type | JsonSchemaType.Null : concrete.Type & ~JsonSchemaType.Null;
                return concrete;
            default:
                return schema;
        }
    }

    private bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && nullability.Create(property).ReadState != NullabilityState.NotNull);

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static bool IsDictionary(Type type) =>
        type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    /// <summary>
    /// The members that the type's validator (or its command's, see <see cref="ValidatedAsAttribute"/>) refuses to see
    /// missing: a check without a When condition that fails on the value an absent member binds to (null, or the value
    /// type's default), such as NotNull, NotEmpty, a required-text predicate or a range that excludes 0. Asynchronous
    /// checks (those that look things up) are not run, so they never make a member required.
    /// </summary>
    private HashSet<string> MembersTheValidatorInsistsOn(Type type)
    {
        var validated = type.GetCustomAttribute<ValidatedAsAttribute>()?.Command ?? type;
        using var scope = scopes.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(validated)) is not IValidator validator)
        {
            return [];
        }

        var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(validated), RuntimeHelpers.GetUninitializedObject(validated))!;
        return validator.CreateDescriptor().Rules
            .Where(rule => rule.PropertyName is not null && !rule.HasCondition && !rule.HasAsyncCondition)
            .Where(rule => rule.Components.Any(c => !c.HasCondition && !c.HasAsyncCondition && RefusesMissingValue(c.Validator, context)))
            .Select(rule => rule.PropertyName)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static bool RefusesMissingValue(IPropertyValidator check, object context)
    {
        if (check is INotNullValidator or INotEmptyValidator)
        {
            return true;
        }

        var isValid = check.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == nameof(PropertyValidator<object, object>.IsValid) && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == context.GetType());
        if (isValid is null)
        {
            return false;
        }

        var valueType = isValid.GetParameters()[1].ParameterType;
        try
        {
            return isValid.Invoke(check, [context, valueType.IsValueType ? Activator.CreateInstance(valueType) : null]) is false;
        }
        catch (TargetInvocationException)
        {
            return false; // a check that cannot even look at a missing value says nothing about it
        }
    }

    /// <summary>Every type a request body is made of: the bodies and, transitively, the types of their properties.</summary>
    private static HashSet<Type> RequestTypes(IApiDescriptionGroupCollectionProvider provider)
    {
        var types = new HashSet<Type>();
        var pending = new Stack<Type>(provider.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .SelectMany(api => api.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body)
            .Select(p => p.Type));
        while (pending.TryPop(out var type))
        {
            var element = Nullable.GetUnderlyingType(type)
                          ?? (type.IsArray ? type.GetElementType() : null)
                          ?? (type.IsGenericType && type != typeof(string) ? type.GetGenericArguments().Last() : null);
            if (element is not null)
            {
                pending.Push(element);
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || !types.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(property.PropertyType);
            }
        }

        return types;
    }
}
