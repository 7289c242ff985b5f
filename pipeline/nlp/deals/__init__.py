"""nlp/deals"""
