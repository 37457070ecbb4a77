import type { Provider } from '../types'

import appdynamics from './appdynamics'
import artifactory from './artifactory'
import aws from './aws'
import awsCodecommit from './aws-codecommit'
import awsKms from './aws-kms'
import awsSecretsManager from './aws-secrets-manager'
import azure from './azure'
import azureArtifacts from './azure-artifacts'
import azureKeyVault from './azure-key-vault'
import azureRepos from './azure-repos'
import bamboo from './bamboo'
import bitbucket from './bitbucket'
import bugsnag from './bugsnag'
import confluence from './confluence'
import customHealth from './custom-health'
import customSecretManager from './custom-secret-manager'
import datadog from './datadog'
import dockerRegistry from './docker-registry'
import dynatrace from './dynatrace'
import elasticsearch from './elasticsearch'
import errorTracking from './error-tracking'
import gcp from './gcp'
import gcpKms from './gcp-kms'
import gcpSecretManager from './gcp-secret-manager'
import git from './git'
import github from './github'
import gitlab from './gitlab'
import helmHttp from './helm-http'
import helmOci from './helm-oci'
import jenkins from './jenkins'
import jdbc from './jdbc'
import jira from './jira'
import kubernetes from './kubernetes'
import ldap from './ldap'
import logz from './logz'
import microsoftTeams from './microsoft-teams'
import newRelic from './new-relic'
import nexus from './nexus'
import openshift from './openshift'
import pagerduty from './pagerduty'
import pdc from './pdc'
import prometheus from './prometheus'
import rancher from './rancher'
import servicenow from './servicenow'
import signalfx from './signalfx'
import slack from './slack'
import smtp from './smtp'
import splunk from './splunk'
import spot from './spot'
import sumoLogic from './sumo-logic'
import tanzu from './tanzu'
import terraformCloud from './terraform-cloud'
import vault from './vault'
import winrm from './winrm'
import zoom from './zoom'

/**
 * The provider registry, in display order within each category. Adding a provider is one file
 * plus one line here; `catalog.test.ts` fails if a file in this folder is not listed.
 */
export const providers: readonly Provider[] = [
  github,
  gitlab,
  bitbucket,
  git,
  azureRepos,
  awsCodecommit,
  dockerRegistry,
  artifactory,
  nexus,
  helmHttp,
  helmOci,
  jenkins,
  bamboo,
  azureArtifacts,
  aws,
  gcp,
  azure,
  kubernetes,
  openshift,
  rancher,
  pdc,
  tanzu,
  spot,
  terraformCloud,
  jdbc,
  winrm,
  vault,
  awsSecretsManager,
  gcpSecretManager,
  azureKeyVault,
  awsKms,
  gcpKms,
  customSecretManager,
  ldap,
  prometheus,
  datadog,
  splunk,
  newRelic,
  appdynamics,
  dynatrace,
  elasticsearch,
  sumoLogic,
  customHealth,
  signalfx,
  errorTracking,
  bugsnag,
  logz,
  jira,
  servicenow,
  pagerduty,
  slack,
  microsoftTeams,
  zoom,
  confluence,
  smtp,
]
