namespace OpsPlan.Modules.Lifecycle.Contracts.Experiments;

public sealed record GetExperimentQuery(Guid ProductId, Guid Id) : IQuery<ExperimentDto>;

/// <summary>A product's experiments, newest first.</summary>
public sealed record ListExperimentsQuery(Guid ProductId, IReadOnlyList<ExperimentStatus>? Status = null, int? Limit = null, string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<ExperimentDto>>, IListQuery;

/// <summary>Each variant against the control: conversion rate, relative lift, a two-proportion z-test, and the winner if there is one.</summary>
public sealed record GetExperimentResultsQuery(Guid ProductId, Guid Id) : IQuery<ExperimentResultsDto>;
