/**
 * The AWS CDK app that deploys Stockroom: a foundation stack with what outlives releases (network,
 * databases, repository, secrets, mail) and a service stack with each release.
 */
package com.stockroom.infra;
