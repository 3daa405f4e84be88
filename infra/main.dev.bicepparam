using 'main.bicep'

// A development environment: T4 GPUs, models baked into the image, inference on the GPU app.
param prefix = 'aligners-dev'
param gpuProfile = 'Consumption-GPU-NC8as-T4'
param inferenceImage = 'alignersdevacr.azurecr.io/aligners-inference:latest-gpu'
param modelsSource = 'image'
param inferenceMode = 'remote'
param auditRetentionDays = 30
param openAiModel = 'gpt-4o-mini'
param openAiModelVersion = '2024-07-18'
param openAiCapacity = 10
