/** API clients: named keys with scopes, stored hashed. */
package com.consentmanager.apiclient.entity;
