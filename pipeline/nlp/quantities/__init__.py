"""nlp/quantities"""
