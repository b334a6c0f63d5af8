/** Marketing operations: campaigns whose data-acquisition form activates purposes. */
package com.consentmanager.operation.entity;
