/**
 * What the contract generator reads from the Harness client, and the facts its `.d.ts` files lose.
 * Each override names a subtype the API's `@JsonSubTypes` maps a `type` value to; `null` means that
 * value carries no `spec` (Anonymous access, credentials inherited from the delegate).
 */

/** The request and response types the console and its mock use ([SRC] the client's hooks). */
export const ROOTS = [
  'ConnectorInfo',
  'ConnectorFilterProperties',
  'ResponseDtoConnectorResponse',
  'ResponseDtoPageResponseConnectorResponse',
  'ResponseDtoConnectorValidationResult',
  'ResponseDtoConnectorStatistics',
  'ResponseDtoConnectorCatalogueResponse',
  'ResponseDtoBoolean',
  'ResponseDtoPageResponseOrganizationResponse',
  'ResponseDtoPageResponseProjectResponse',
  'ResponseDtoPageResponseSecretResponse',
  'ResponseDtoAccount',
  'ResponseDtoUserInfo',
  'RestResponseDelegateTokenDetails',
  'RestResponseListDelegateTokenDetails',
  'RestResponseDelegateGroupListing',
  'RestResponseListDelegateListResponse',
  'RestResponseDelegateGroupDto',
  'DelegateGroupTags',
  'RestResponseVersionOverridesResponse',
  'RestResponseString',
  'RestResponseDelegateDeleteResponse',
  'RestResponseSupportedDelegateVersion',
  'DelegateDownloadRequest',
  'DelegateSetupDetails',
  'DelegateFilterPropertiesDto',
  // Where a connector is used, and the account setting that allows deleting it anyway.
  'ResponseDtoPageResponseEntitySetupUsage',
  'ResponseDtoSettingValueResponseDto',
  'ResponseDtoListSettingUpdateResponseDto',
  'SettingRequestDto',
  'Failure',
  'Error',
]

/**
 * Properties a base type declares that the server writes beside the object, not in it. OATS turns
 * Jackson's `@JsonTypeInfo(include = EXTERNAL_PROPERTY, property = "type")` on ConnectorInfo into
 * a required `connectorType` inside every spec; the Manager neither writes nor reads it there
 * ([SRC] harness-core ConnectorInfoDTO.java: `@JsonTypeInfo(... EXTERNAL_PROPERTY, property = "type")`).
 */
export const SERVER_WRITES_BESIDE: Record<string, string[]> = {
  ConnectorConfig: ['connectorType'],
  // The Git connector's `type` (Http or Ssh) sits on GitConfig, beside its `spec`.
  GitAuthentication: ['type'],
}

/**
 * Bases whose subtype Jackson picks by a `type` written *inside* the object, the subtype's class
 * name being its name there ([SRC] harness-core SetupUsageDetail.java: `@JsonTypeInfo(use = NAME,
 * visible = true, property = "type")`, `@JsonSubTypes` named after each class). The generated
 * types say only `type: string` on the base.
 */
export const TYPED_INSIDE = ['SetupUsageDetail']

export const SUBTYPE_OVERRIDES: Record<string, string | null> = {
  // ConnectorInfo.type → spec class ([SRC] harness-core ConnectorType.java, ConnectorConfigDTO subtypes)
  'ConnectorConfig.CEK8sCluster': 'CeKubernetesClusterConfigDto',
  'ConnectorConfig.DockerRegistry': 'DockerConnector',
  'ConnectorConfig.ElasticSearch': 'ElkConnectorDto',
  'ConnectorConfig.HttpHelmRepo': 'HttpHelmConnector',
  'ConnectorConfig.K8sCluster': 'KubernetesClusterConfig',
  'ConnectorConfig.OciHelmRepo': 'OciHelmConnector',
  'ConnectorConfig.Pdc': 'PhysicalDataCenterConnectorDto',
  // Credentials whose type names no class
  'ArtifactoryAuthCredentials.Anonymous': null,
  'AwsCredentialSpec.InheritFromDelegate': null,
  'AwsCredentialSpec.Irsa': null,
  'AwsCredentialSpec.ManualConfig': 'AwsManualConfigSpec',
  'AwsCredentialSpec.OidcAuthentication': 'AwsOidcSpec',
  'AwsKmsCredentialSpec.AssumeIAMRole': 'AwsKmsCredentialSpecAssumeIam',
  'AwsKmsCredentialSpec.AssumeSTSRole': 'AwsKmsCredentialSpecAssumeSts',
  'AwsKmsCredentialSpec.OidcAuthentication': null,
  'AwsSecretManagerCredentialSpec.AssumeIAMRole': 'AwsSmCredentialSpecAssumeIam',
  'AwsSecretManagerCredentialSpec.AssumeSTSRole': 'AwsSmCredentialSpecAssumeSts',
  'AwsSecretManagerCredentialSpec.OidcAuthentication': null,
  'AzureCredentialSpec.ManualConfig': 'AzureManualDetails',
  'BambooAuthCredentialsDto.Anonymous': null,
  'BambooAuthCredentialsDto.Bearer Token(HTTP Header)': null,
  'GcpCredentialSpec.InheritFromDelegate': 'GcpDelegateDetails',
  'GcpCredentialSpec.ManualConfig': 'GcpManualDetails',
  'GcpCredentialSpec.OidcAuthentication': 'GcpOidcDetails',
  'JenkinsAuthCredentialsDto.Anonymous': null,
  'JenkinsAuthCredentialsDto.Bearer Token(HTTP Header)': 'JenkinsBearerTokenDto',
  'JiraAuthCredentials.PersonalAccessToken': 'JiraPatPassword',
  'NexusAuthCredentials.Anonymous': null,
  'ServiceNowAuthCredentials.AdfsClientCredentialsWithCertificate': 'ServiceNowAdfs',
  'ServiceNowAuthCredentials.RefreshTokenGrantType': 'ServiceNowRefreshToken',
  'TasCredentialSpec.ManualConfig': 'TasManualDetails',
  'TerraformCloudCredentialSpec.ApiToken': 'TerraformCloudTokenCredentials',
  'AwsCodeCommitHttpsCredentialsSpec.AWSCredentials': 'AwsCodeCommitSecretKeyAccessKey',
  'GithubHttpCredentialsSpec.Anonymous': null,
  'DockerAuthCredentials.Anonymous': null,
  'HttpHelmAuthCredentials.Anonymous': null,
  'OciHelmAuthCredentials.Anonymous': null,
  'KubernetesCredentialSpec.InheritFromDelegate': null,
  'KubernetesCredentialSpec.ManualConfig': 'KubernetesClusterDetails',
  'AzureAuthCredential.Certificate': 'AzureClientKeyCert',
  'AzureAuthCredential.Secret': 'AzureClientSecretKey',
}
