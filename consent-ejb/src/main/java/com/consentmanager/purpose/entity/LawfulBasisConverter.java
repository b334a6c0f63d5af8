package com.consentmanager.purpose.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a lawful basis as its letter, as the regulation writes it. */
@Converter
public class LawfulBasisConverter implements AttributeConverter<LawfulBasis, String> {

    @Override
    public String convertToDatabaseColumn(LawfulBasis basis) {
        return basis == null ? null : basis.point();
    }

    @Override
    public LawfulBasis convertToEntityAttribute(String point) {
        return point == null ? null : LawfulBasis.ofPoint(point).orElseThrow();
    }
}
