/** Console users and their roles. */
package com.consentmanager.user.entity;
