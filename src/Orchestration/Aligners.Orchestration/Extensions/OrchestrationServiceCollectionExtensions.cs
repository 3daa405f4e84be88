using Aligners.Inference.Extensions;
using Aligners.Inference.Facts;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Audit;
using Aligners.Orchestration.Bulk;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Privacy;
using Aligners.Orchestration.Requests;
using Aligners.Orchestration.Reviews;
using Aligners.Orchestration.Tenants;
using Aligners.Orchestration.Storage;
using Aligners.Orchestration.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Aligners.Orchestration.Extensions;

/// <summary>Registers what the workflows need, whichever host runs them.</summary>
public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Storage</c>, <c>Audit</c>, <c>Queues</c>, <c>Alignment</c>, <c>Llm</c>, <c>AlignerLlm</c>, <c>InspectorLlm</c>, <c>Privacy</c>, <c>Requests</c> and <c>Retries</c>
    /// (validated at startup), registers inference, storage, the audit log, the request validator,
    /// the activities, and a hosted service that creates the app's containers and queues.
    /// </summary>
    public static IServiceCollection AddAlignmentServices(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlignmentOptions>().BindConfiguration(AlignmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TenantDirectory>().BindConfiguration(TenantDirectory.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlignerLlmOptions>().BindConfiguration(AlignerLlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InspectorLlmOptions>().BindConfiguration(InspectorLlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlignmentOptions>, PolicyBackendsValidation>();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RequestLimits>().BindConfiguration(RequestLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Workflows.Retries>().BindConfiguration(Workflows.Retries.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAlignmentInference();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new AppStorage(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp => AuditKeys.From(sp.GetRequiredService<IOptions<AuditOptions>>().Value));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<AppStorage>().Audit, sp.GetRequiredService<AuditKeys>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<AuditOptions>>().Value.CachedRecords));
        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<BulkJobStore>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<PolicyCatalog>();
        services.AddSingleton(sp => new UpstreamLlm(ChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value)));
        services.AddSingleton(sp => new LlmAligner(ChatClientFactory.Create(sp.GetRequiredService<IOptions<AlignerLlmOptions>>().Value),
            sp.GetRequiredService<IOptions<AlignerLlmOptions>>()));
        services.AddSingleton(sp => new LlmJudge(ChatClientFactory.Create(sp.GetRequiredService<IOptions<InspectorLlmOptions>>().Value),
            sp.GetRequiredService<IOptions<InspectorLlmOptions>>()));
        services.AddSingleton(FactChecker.Default);
        services.AddSingleton<PrivacyGuard>();
        services.AddSingleton<RequestValidator>();
        services.AddSingleton<ChatCompletionValidator>();

        foreach (var activity in WorkflowCatalog.Activities)
        {
            services.AddSingleton(activity.Type);
        }
        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
